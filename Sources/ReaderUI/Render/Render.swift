/// Draws the whole state into a buffer: pure, so screens are tested as text without a terminal.
public func render(_ state: AppState, theme: Theme = .standard) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: state.width, height: state.height)
    let layout = state.layout
    guard !layout.isTooSmall else {
        Chrome.tooSmall(state, theme: theme, buffer: &buffer)
        return buffer
    }
    Chrome.title(state, theme: theme, buffer: &buffer)
    if let list = layout.list { ListPane.draw(state, in: list, theme: theme, buffer: &buffer) }
    if let abstract = layout.abstract { AbstractPane.draw(state, in: abstract, theme: theme, buffer: &buffer) }
    if let faq = layout.faq { FAQPane.draw(state, in: faq, theme: theme, buffer: &buffer) }
    Chrome.borders(layout, theme: theme, buffer: &buffer)
    Chrome.status(state, theme: theme, buffer: &buffer)
    switch state.overlay {
    case .help: HelpOverlay.draw(state, theme: theme, buffer: &buffer)
    case .categoryPicker(let picker): Chrome.picker(picker, state: state, theme: theme, buffer: &buffer)
    case .venuePicker(let picker): Chrome.venuePicker(picker, state: state, theme: theme, buffer: &buffer)
    case .watchPicker(let picker): Chrome.watchPicker(picker, state: state, theme: theme, buffer: &buffer)
    case nil: break
    }
    return buffer
}
