/// What is drawn over the panes and takes the keys while it is open.
public enum Overlay: Sendable, Equatable {
    case help
    case categoryPicker(CategoryPicker)
    case venuePicker(VenuePicker)
    case watchPicker(WatchPicker)
}
