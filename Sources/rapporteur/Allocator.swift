internal import CMalloc

/// The C allocator set for a program that runs once and exits. By default
/// glibc gives freed memory back to the system as soon as 128 kB lie free
/// at the top of a heap, and the system then flushes the other core's
/// address cache by interrupt: reading thousands of sheets on two cores,
/// that was a quarter of `check`'s time in the kernel. Kept until exit
/// instead, the memory is reused by the next sheet; the peak stays as it
/// was, as the memory was needed at once anyway (docs/performance.md).
enum Allocator {
    /// Free memory kept up to 256 MB, and blocks of up to 32 MB (glibc's
    /// largest setting) taken from the heap rather than mapped apart.
    static func tuneForOneRun() {
        _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
    }
}
