package cn.gov.cq.jianping.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointsTest {

	@Test
	void pointsShowWithoutTrailingZerosOrExponent() {
		assertThat(Points.show(new BigDecimal("2.50"))).isEqualTo("2.5");
		assertThat(Points.show(new BigDecimal("100.00"))).isEqualTo("100");
		assertThat(Points.show(new BigDecimal("1E+2"))).isEqualTo("100");
		assertThat(Points.show(new BigDecimal("0.00"))).isEqualTo("0");
		assertThat(Points.show(new BigDecimal("89.99"))).isEqualTo("89.99");
		assertThat(Points.show(new BigDecimal("74.995"))).as("never rounded for display").isEqualTo("74.995");
		assertThat(Points.show(null)).isEmpty();
		assertThat(new Points().format(new BigDecimal("3.0"))).isEqualTo("3");
	}

	@Test
	void theAppsTimeZoneIsShanghai() {
		assertThat(TimeConfiguration.ZONE.getId()).isEqualTo(TimeConfiguration.ZONE_ID).isEqualTo("Asia/Shanghai");
	}

}
