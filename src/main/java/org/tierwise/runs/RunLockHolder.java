package org.tierwise.runs;

import java.time.OffsetDateTime;

/** Who holds a run lock: the user who started the run, the service instance running it, and since when. */
public record RunLockHolder(String startedBy, String instance, OffsetDateTime acquiredAt, OffsetDateTime renewedAt) {}
