package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;

/**
 * A 组长合议 score outside the range the experts gave for that criterion, with the lead's
 * written reason; the bureau's review flags every one of them.
 *
 * @param criterionCode the criterion
 * @param consensus the agreed score
 * @param min lowest expert score
 * @param max highest expert score
 * @param reason the lead's reason (never blank)
 */
public record ConsensusDeviation(String criterionCode, BigDecimal consensus, BigDecimal min, BigDecimal max,
		String reason) {
}
