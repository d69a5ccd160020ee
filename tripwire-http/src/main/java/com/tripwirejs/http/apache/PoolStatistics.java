package com.tripwirejs.http.apache;

/**
 * A snapshot of a connection pool.
 *
 * @param leased connections in use by a request
 * @param available idle connections ready for reuse
 * @param pending requests waiting for a connection
 * @param max the most connections the pool opens
 */
public record PoolStatistics(int leased, int available, int pending, int max) {}
