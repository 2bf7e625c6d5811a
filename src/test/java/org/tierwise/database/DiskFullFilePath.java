package org.tierwise.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:diskfull:<path>}) over the real one whose disk can be made full:
 * while {@link #full} is set, every write and sync fails as a full disk's does. Registered with
 * {@link #register()}.
 */
public final class DiskFullFilePath extends FilePathWrapper {

    /** While true, writes fail with "No space left on device". */
    public static final AtomicBoolean full = new AtomicBoolean();

    private static final AtomicBoolean registered = new AtomicBoolean();

    public static void register() {
        if (registered.compareAndSet(false, true)) {
            FilePath.register(new DiskFullFilePath());
        }
    }

    @Override
    public String getScheme() {
        return "diskfull";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        OutputStream real = super.newOutputStream(append);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                refuseIfFull();
                real.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                refuseIfFull();
                real.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                real.close();
            }
        };
    }

    static void refuseIfFull() throws IOException {
        if (full.get()) {
            throw new IOException("No space left on device");
        }
    }

    private static final class Channel extends FileBase {
        private final FileChannel real;

        Channel(FileChannel real) {
            this.real = real;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseIfFull();
            return real.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            refuseIfFull();
            return real.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseIfFull();
            real.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return real.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}
