package org.tierwise.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tierwise.audit.Actors;

/**
 * Reloads the rules when a file under the rules directory changes ({@code tierwise.rules.watch}),
 * once the directory has been quiet for {@code watch-delay}, so a save of several files is one reload.
 */
@Component
@ConditionalOnBooleanProperty("tierwise.rules.watch")
class RulesDirectoryWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesDirectoryWatcher.class);

    private final LiveRules liveRules;
    private final Duration quiet;
    private volatile WatchService watchService;
    private Thread thread;

    RulesDirectoryWatcher(LiveRules liveRules, RulesProperties properties) {
        this.liveRules = liveRules;
        this.quiet = properties.watchDelay();
    }

    @Override
    public void start() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            register(liveRules.directory());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch rules directory " + liveRules.directory(), e);
        }
        thread = new Thread(this::watch, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        try {
            watchService.close();
        } catch (IOException e) {
            log.warn("Closing the rules watcher failed", e);
        }
        watchService = null;
    }

    @Override
    public boolean isRunning() {
        return watchService != null;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                // Drain events until the directory has been quiet, then reload once.
                while (key != null) {
                    key.pollEvents();
                    key.reset();
                    key = watchService.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                }
                register(liveRules.directory()); // new folders need watching too
                reload();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // stopped
        } catch (IOException e) {
            log.error("Watching the rules directory failed; reload with POST /api/rules/reload", e);
        }
    }

    private void reload() {
        try {
            liveRules.reload(Actors.SYSTEM);
        } catch (RuleCompilationException e) {
            log.error("Changed rules not loaded; the previous rules stay live. {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Reloading changed rules failed; the previous rules stay live", e);
        }
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path folder : dirs.filter(Files::isDirectory).toList()) {
                folder.register(
                        watchService,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
