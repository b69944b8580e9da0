import Foundation

/// Which file a path leads to, following links: two paths name the same
/// file when their device and inode agree, whatever links lie between.
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64

    /// Nil when nothing exists at `path`.
    public init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
