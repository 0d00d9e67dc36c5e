package vn.vusta.platform.consultancy;

import java.util.UUID;

/** The unit of the union that leads the work on a task (đơn vị chủ trì). */
public record LeadUnit(UUID id, String name) {
}
