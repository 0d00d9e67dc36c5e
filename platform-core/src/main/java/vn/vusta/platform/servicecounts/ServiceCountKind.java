package vn.vusta.platform.servicecounts;

import java.util.UUID;

/**
 * A kind of service the union counts (tư vấn pháp luật), in its unit of count (vụ việc). A retired kind keeps the
 * counts it has and takes no new ones.
 */
public record ServiceCountKind(UUID id, String name, String unitOfCount, boolean retired) {
}
