/// `name=value`, `name+=value`, `name[index]=value` or `name=(elements)`.
public struct Assignment: Hashable, Sendable {
    /// The variable name.
    public var name: String
    /// The array index, for `name[index]=value`.
    public var index: Subscript?
    /// Whether it was written `+=` (append).
    public var isAppend: Bool
    /// The value.
    public var value: AssignmentValue
    /// From the name to the end of the value.
    public var span: SourceSpan

    /// Creates an assignment.
    public init(name: String, index: Subscript? = nil, isAppend: Bool = false, value: AssignmentValue, span: SourceSpan) {
        self.name = name
        self.index = index
        self.isAppend = isAppend
        self.value = value
        self.span = span
    }
}

/// The right-hand side of an ``Assignment``.
public enum AssignmentValue: Hashable, Sendable {
    /// A single word; `nil` for `name=` (the empty string).
    case scalar(Word?)
    /// `(elements)`: an array.
    case array([ArrayElement])
}

/// One element of an array assignment: `value` or `[key]=value`.
public struct ArrayElement: Hashable, Sendable {
    /// The key, for `[key]=value` elements.
    public var key: Subscript?
    /// Whether the element was written `[key]+=value`.
    public var isAppend: Bool
    /// The value; `nil` for `[key]=` (the empty string).
    public var value: Word?
    /// The source bytes of the element.
    public var span: SourceSpan

    /// Creates an array element.
    public init(key: Subscript? = nil, isAppend: Bool = false, value: Word?, span: SourceSpan) {
        self.key = key
        self.isAppend = isAppend
        self.value = value
        self.span = span
    }
}
