package vn.vusta.platform.events;

/** How an event was held: in one place, online, or both, followed from connection points (điểm cầu). */
public enum EventMode {
    IN_PERSON,
    ONLINE,
    HYBRID
}
