package org.tierwise.runs;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of a kind for a scope at a time, across every instance on the shared database. A run
 * holds a row of {@code run_lock} keyed by kind and scope while it is in progress; a second run
 * finds the row and is refused with {@link RunInProgressException} naming the first. The holder
 * renews the row every third of {@code tierwise.run-lock.expiry} (default 5 minutes); a row not
 * renewed for longer than the expiry belongs to an instance that stopped, and the next run takes it
 * over. Times are the database's, so the instances' clocks need not agree.
 */
@Component
public class RunLocks {

    private static final Logger log = LoggerFactory.getLogger(RunLocks.class);

    /** The length of {@code run_lock.scope} (V40__run_lock.sql). */
    private static final int SCOPE_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Duration expiry;
    private final String instance;
    private final Map<String, Lease> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "run-lock-renewal");
        thread.setDaemon(true);
        return thread;
    });

    RunLocks(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${tierwise.run-lock.expiry:5m}") Duration expiry) {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("tierwise.run-lock.expiry must be positive, not " + expiry);
        }
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.expiry = expiry;
        // pid@host, and a suffix that tells apart two services in one JVM.
        this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        long every = Math.max(expiry.toMillis() / 3, 50);
        renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** This service instance as the locks name it. */
    public String instance() {
        return instance;
    }

    /**
     * Runs {@code work} holding the lock of {@code kind} and {@code scope}, released when it ends.
     *
     * @throws RunInProgressException when another run holds the lock and has not expired
     */
    public <T> T hold(RunKind kind, String scope, String startedBy, Function<RunLease, T> work) {
        Lease lease = acquire(kind, fit(scope, SCOPE_LENGTH), fit(startedBy == null ? "unknown" : startedBy, 200));
        held.put(lease.token, lease);
        try {
            return work.apply(lease);
        } finally {
            held.remove(lease.token);
            release(lease);
        }
    }

    /** Who holds the lock of {@code kind} and {@code scope} now, if anyone. */
    public Optional<RunLockHolder> holder(RunKind kind, String scope) {
        return find(kind, fit(scope, SCOPE_LENGTH)).map(Row::holder);
    }

    /**
     * {@code value} cut to the column's {@code length}; a longer one (a request may name a fund of any
     * length) keeps its start and a digest of the whole, so that two long scopes stay two locks.
     */
    static String fit(String value, int length) {
        if (value.length() <= length) {
            return value;
        }
        try {
            String digest = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
            return value.substring(0, length - digest.length() - 2) + " #" + digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Lease acquire(RunKind kind, String scope, String startedBy) {
        String token = UUID.randomUUID().toString();
        Row row = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            row = find(kind, scope).orElse(null);
            if (row == null) {
                if (insert(kind, scope, token, startedBy)) {
                    return new Lease(kind, scope, token);
                }
                continue; // another run took it between the look and the insert
            }
            boolean stopped = processStopped(row.holder().instance());
            if (!stopped && !row.expired(expiry)) {
                throw new RunInProgressException(kind, scope, row.holder());
            }
            if (takeOver(kind, scope, token, startedBy, row, stopped)) {
                log.warn(
                        "Took over the {} lock for {}: {} started by {} on {} was last renewed at {}; {}",
                        kind.key(),
                        scope,
                        kind.label(),
                        row.holder().startedBy(),
                        row.holder().instance(),
                        row.holder().renewedAt(),
                        stopped
                                ? "that process is no longer running on this host, so the run it held was interrupted"
                                : "more than " + expiry + " ago");
                return new Lease(kind, scope, token);
            }
        }
        throw new RunInProgressException(kind, scope, row == null ? null : row.holder());
    }

    private boolean insert(RunKind kind, String scope, String token, String startedBy) {
        try {
            separately.executeWithoutResult(status -> jdbc.update(
                    "insert into run_lock (kind, scope, owner, instance, started_by, acquired_at, renewed_at)"
                            + " values (?, ?, ?, ?, ?, current_timestamp, current_timestamp)",
                    kind.key(),
                    scope,
                    token,
                    instance,
                    startedBy));
            return true;
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            return false;
        }
    }

    /**
     * Whether the instance that holds a lock was a process on this host that is no longer running (it
     * was killed or crashed), so its lock need not wait for the expiry. An instance on another host, or
     * a live process here, is left to renew its lock or let it expire.
     */
    boolean processStopped(String holderInstance) {
        int at = holderInstance.indexOf('@');
        int slash = holderInstance.lastIndexOf('/');
        int ourAt = instance.indexOf('@');
        int ourSlash = instance.lastIndexOf('/');
        if (at <= 0 || slash <= at || ourAt <= 0 || ourSlash <= ourAt) {
            return false;
        }
        if (!holderInstance.substring(at, slash).equals(instance.substring(ourAt, ourSlash))) {
            return false; // another host
        }
        try {
            long pid = Long.parseLong(holderInstance.substring(0, at));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean takeOver(RunKind kind, String scope, String token, String startedBy, Row expired, boolean stopped) {
        // A stopped holder's lock is taken at once; otherwise only once it has not been renewed for the expiry.
        OffsetDateTime before =
                stopped ? expired.now().plusYears(1) : expired.now().minus(expiry);
        try {
            Integer updated = separately.execute(status -> jdbc.update(
                    "update run_lock set owner = ?, instance = ?, started_by = ?, acquired_at = current_timestamp,"
                            + " renewed_at = current_timestamp"
                            + " where kind = ? and scope = ? and owner = ? and renewed_at < ?",
                    token,
                    instance,
                    startedBy,
                    kind.key(),
                    scope,
                    expired.owner(),
                    before));
            return updated != null && updated == 1;
        } catch (PessimisticLockingFailureException e) {
            return false; // the holder is storing its run right now
        }
    }

    private Optional<Row> find(RunKind kind, String scope) {
        List<Row> rows = separately.execute(status -> jdbc.query(
                "select owner, instance, started_by, acquired_at, renewed_at, current_timestamp as db_now"
                        + " from run_lock where kind = ? and scope = ?",
                RunLocks::row,
                kind.key(),
                scope));
        return rows == null || rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private void release(Lease lease) {
        try {
            Integer deleted = separately.execute(status -> jdbc.update(
                    "delete from run_lock where kind = ? and scope = ? and owner = ?",
                    lease.kind.key(),
                    lease.scope,
                    lease.token));
            if (deleted == null || deleted == 0) {
                log.warn(
                        "The {} lock for {} was no longer this run's when it ended (taken over after {})",
                        lease.kind.key(),
                        lease.scope,
                        expiry);
            }
        } catch (DataAccessException e) {
            log.error(
                    "Could not release the {} lock for {}; it expires after {}",
                    lease.kind.key(),
                    lease.scope,
                    expiry,
                    e);
        }
    }

    private void renewAll() {
        for (Lease lease : held.values()) {
            if (lease.storing || lease.lost) {
                continue; // its storing transaction holds the row and renewed it, or it is no longer its
            }
            try {
                int renewed = jdbc.update(
                        "update run_lock set renewed_at = current_timestamp where kind = ? and scope = ? and owner = ?",
                        lease.kind.key(),
                        lease.scope,
                        lease.token);
                if (renewed == 0 && held.containsKey(lease.token)) {
                    lease.lost = true;
                    log.warn(
                            "The {} lock for {} was taken over by another run; this run will not be stored",
                            lease.kind.key(),
                            lease.scope);
                }
            } catch (DataAccessException e) {
                log.warn("Could not renew the {} lock for {}: {}", lease.kind.key(), lease.scope, e.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() {
        renewer.shutdownNow();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString("owner"),
                new RunLockHolder(
                        rs.getString("started_by"),
                        rs.getString("instance"),
                        rs.getObject("acquired_at", OffsetDateTime.class),
                        rs.getObject("renewed_at", OffsetDateTime.class)),
                rs.getObject("db_now", OffsetDateTime.class));
    }

    private record Row(String owner, RunLockHolder holder, OffsetDateTime now) {

        boolean expired(Duration expiry) {
            return holder.renewedAt().plus(expiry).isBefore(now);
        }
    }

    private final class Lease implements RunLease {

        private final RunKind kind;
        private final String scope;
        private final String token;
        private volatile boolean storing;
        private volatile boolean lost;

        Lease(RunKind kind, String scope, String token) {
            this.kind = kind;
            this.scope = scope;
            this.token = token;
        }

        @Override
        public RunKind kind() {
            return kind;
        }

        @Override
        public String scope() {
            return scope;
        }

        @Override
        public void confirm() {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("a run lock is confirmed inside the transaction that stores the run");
            }
            storing = true;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    storing = false;
                }
            });
            int renewed = jdbc.update(
                    "update run_lock set renewed_at = current_timestamp where kind = ? and scope = ? and owner = ?",
                    kind.key(),
                    scope,
                    token);
            if (renewed == 0) {
                throw new RunInProgressException(
                        kind,
                        scope,
                        holder(kind, scope).orElse(null),
                        "was started while this one stalled past the lock expiry of " + expiry
                                + ", so this one was not stored");
            }
        }
    }
}
