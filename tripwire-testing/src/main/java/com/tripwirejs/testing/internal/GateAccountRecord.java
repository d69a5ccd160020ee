package com.tripwirejs.testing.internal;

import java.time.Instant;

/** A gate account, created when a test approves a Gate session. */
record GateAccountRecord(String id, String serviceId, String accountName, String gateSessionId, Instant createdAt) {}
