/// The pane that has the keys: the list, the paper, or its FAQ (the focused one scrolls).
public enum Pane: Sendable, Equatable {
    case list, abstract, faq
}
