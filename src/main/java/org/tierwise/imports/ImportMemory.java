package org.tierwise.imports;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.tierwise.audit.AuditAction;
import org.tierwise.audit.AuditEntry;
import org.tierwise.audit.AuditLog;
import org.tierwise.audit.AuditOutcome;

/**
 * The heap that uploads being read may take between them, so that large files sent at once wait
 * their turn or are refused with a clear answer instead of exhausting the heap and leaving the
 * service unable to answer (issue 15). An upload reserves {@value #BYTES_PER_FILE_BYTE} bytes per
 * byte of the file: the file itself, its parsed table (measured at 1.1 times a DfE download's size)
 * and the table parsed once more when its kind is recognised from its header. Refusals are audited.
 */
@Component
public class ImportMemory {

    static final int BYTES_PER_FILE_BYTE = 4;

    private static final long MIB = 1024 * 1024;

    private final Semaphore mebibytes;
    private final int budgetMib;
    private final Duration wait;
    private final AuditLog audit;

    ImportMemory(
            @Value("${tierwise.imports.memory-budget:}") DataSize budget,
            @Value("${tierwise.imports.memory-wait:30s}") Duration wait,
            AuditLog audit) {
        long bytes = budget == null ? Runtime.getRuntime().maxMemory() / 2 : budget.toBytes();
        this.budgetMib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / MIB));
        this.mebibytes = new Semaphore(budgetMib, true);
        this.wait = wait;
        this.audit = audit;
    }

    /** Memory held while one upload is read and stored; closing it gives the memory back. */
    public interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Reserves the memory reading a file of this size needs, waiting up to
     * {@code tierwise.imports.memory-wait} for other uploads to finish.
     *
     * @throws ImportTooLargeException if the file needs more than the whole budget
     * @throws ImportsBusyException if the budget stayed taken by other uploads for the whole wait
     */
    public Reservation reserve(String fileName, long fileBytes) {
        long neededMib = Math.max(1, (fileBytes * BYTES_PER_FILE_BYTE + MIB - 1) / MIB);
        if (neededMib > budgetMib) {
            throw refused(
                    new ImportTooLargeException(
                            fileName,
                            fileName + " is " + megabytes(fileBytes) + "; reading it needs about " + neededMib
                                    + " MB of memory and this service lets uploads take " + budgetMib
                                    + " MB (tierwise.imports.memory-budget, by default half the heap). Nothing was"
                                    + " stored: split the file, or start the service with more memory (-Xmx)."),
                    fileName,
                    fileBytes);
        }
        int permits = (int) neededMib;
        try {
            if (!mebibytes.tryAcquire(permits, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw refused(
                        new ImportsBusyException(
                                fileName,
                                "Other uploads being read hold the memory " + fileName + " needs (" + neededMib + " of "
                                        + budgetMib + " MB); nothing was stored. Send it again in a minute.",
                                Duration.ofMinutes(1)),
                        fileName,
                        fileBytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportsBusyException(
                    fileName, "The service is stopping; nothing was stored from " + fileName, Duration.ofMinutes(1));
        }
        return () -> mebibytes.release(permits);
    }

    private <E extends RuntimeException> E refused(E refusal, String fileName, long fileBytes) {
        audit.record(
                AuditEntry.of(AuditAction.IMPORT, "file", fileName, "Refused " + fileName + ": " + refusal.getMessage())
                        .outcome(AuditOutcome.REFUSED)
                        .detail("bytes", fileBytes)
                        .detail("reason", refusal.getMessage()));
        return refusal;
    }

    private static String megabytes(long bytes) {
        return bytes >= MIB ? (bytes + MIB / 2) / MIB + " MB" : bytes + " bytes";
    }
}
