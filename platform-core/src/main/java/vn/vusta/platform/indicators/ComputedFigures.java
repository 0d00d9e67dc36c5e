package vn.vusta.platform.indicators;

import java.util.Map;

/**
 * What the records give for a period, by indicator source; the counted services by the indicator their kinds feed
 * (a kind names its indicator, so the source SERVICE_COUNTS alone does not say which figure).
 */
public record ComputedFigures(Map<String, Long> bySource, Map<String, Long> serviceCountsByIndicator) {

    public ComputedFigures {
        bySource = Map.copyOf(bySource);
        serviceCountsByIndicator = Map.copyOf(serviceCountsByIndicator);
    }

    /**
     * The figure of an indicator: null for one entered by hand (no source) or a source this catalogue does not
     * know; zero where nothing was recorded.
     */
    public Long valueOf(String code, String source) {
        if (source == null) {
            return null;
        }
        if (source.equals(IndicatorComputation.SERVICE_COUNTS)) {
            return serviceCountsByIndicator.getOrDefault(code, 0L);
        }
        return bySource.get(source);
    }
}
