package org.tierwise.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tierwise.school.SchoolRepository;

/** On the first start, when the register is empty, imports the fixtures so a new user sees real schools. */
@Component
@Profile("!cli")
@Order(0)
class FixtureLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FixtureLoader.class);

    private final ImportService imports;
    private final SchoolRepository schools;
    private final boolean loadOnEmpty;
    private final Path dir;

    FixtureLoader(
            ImportService imports,
            SchoolRepository schools,
            @Value("${tierwise.fixtures.load-on-empty}") boolean loadOnEmpty,
            @Value("${tierwise.fixtures.dir}") Path dir) {
        this.imports = imports;
        this.schools = schools;
        this.loadOnEmpty = loadOnEmpty;
        this.dir = dir;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!loadOnEmpty || schools.count() > 0) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            log.warn("The register is empty and there is no fixtures folder at {}", dir.toAbsolutePath());
            return;
        }
        log.info("The register is empty: importing the fixtures from {}", dir.toAbsolutePath());
        imports.importPath(dir);
    }
}
