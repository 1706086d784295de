/// The `?` overlay's keys: the moving commands scroll it when it is taller than the screen, and any
/// other key closes it.
extension Reader {
    static func openHelp(_ state: inout AppState) {
        state.overlay = .help
        state.helpScroll = 0
    }

    static func handleHelp(_ key: Key, _ state: inout AppState) -> [Effect] {
        let page = max(1, HelpLayout.bodyRows(state) - 1)
        let delta: Int? = switch key {
        case .wheelDown: 3
        case .wheelUp: -3
        default:
            switch state.keymap.command(for: key) {
            case .moveDown: 1
            case .moveUp: -1
            case .pageDown: page
            case .pageUp: -page
            case .top: -Int.max / 2
            case .bottom: Int.max / 2
            default: nil
            }
        }
        let limit = HelpLayout.maxScroll(state)
        guard let delta, limit > 0 else {
            state.overlay = nil
            state.helpScroll = 0
            return []
        }
        state.helpScroll = max(0, min(state.helpScroll + delta, limit))
        return []
    }
}
