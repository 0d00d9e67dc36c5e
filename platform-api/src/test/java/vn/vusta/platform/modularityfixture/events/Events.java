package vn.vusta.platform.modularityfixture.events;

/** A capability's service, exposed at its top package. */
public class Events {
}
