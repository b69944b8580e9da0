internal import CLibXML2

extension XMLElement {
    /// How many elements the subtree holds, this one included, counted in
    /// the parsed tree without building a Swift value per node: the loader
    /// weighs a document before it reads it into the model.
    public var elementCount: Int {
        var count = 0
        var pending: [xmlNodePtr] = [node]
        while let current = pending.popLast() {
            count += 1
            var child = current.pointee.children
            while let next = child {
                if next.pointee.type == XML_ELEMENT_NODE { pending.append(next) }
                child = next.pointee.next
            }
        }
        return count
    }
}
