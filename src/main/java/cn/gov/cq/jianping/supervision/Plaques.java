package cn.gov.cq.jianping.supervision;

import java.time.LocalDate;

import cn.gov.cq.jianping.document.ChinesePdf;
import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.document.QrCodes;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.scoring.model.Grade;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 命名和授牌 (第十六条): a printable plaque for an 优秀 institution, whose QR code opens its public
 * page where the grade and its validity can be checked.
 */
@Service
public class Plaques {

	/** Stored plaques: subject = institution id × 10,000 + the grade's round year. */
	static final String KIND = "PLAQUE";

	private final GradeManagement grades;

	private final InstitutionRegistry registry;

	private final SupervisionScope scope;

	private final String publicBaseUrl;

	private final IssuedDocuments documents;

	Plaques(GradeManagement grades, InstitutionRegistry registry, SupervisionScope scope,
			@Value("${jianping.public-base-url:http://localhost:8080}") String publicBaseUrl,
			IssuedDocuments documents) {
		this.grades = grades;
		this.registry = registry;
		this.scope = scope;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
		this.documents = documents;
	}

	public String publicPageOf(String creditCode) {
		return this.publicBaseUrl + "/public/institutions/" + creditCode;
	}

	@Transactional
	public byte[] plaque(CurrentUser user, long institutionId) {
		return issuedPlaque(user, institutionId).content();
	}

	/**
	 * The plaque of the institution's current 优秀 grade as issued: made once per grade
	 * (institution and round year) and stored with its SHA-256, so every print is the
	 * same document.
	 */
	@Transactional
	public IssuedDocuments.Issued issuedPlaque(CurrentUser user, long institutionId) {
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		GradeManagement.Standing standing = this.grades.standing(institutionId)
			.filter(s -> s.grade() == Grade.EXCELLENT)
			.orElseThrow(() -> new SupervisionNotFoundException("该机构当前等级不是优秀，无牌匾"));
		return this.documents.getOrIssue(KIND, institutionId * 10_000L + standing.roundYear(),
				() -> new IssuedDocuments.Draft("优秀鉴定评价机构牌匾-" + institutionId + ".pdf", "application/pdf",
						render(institutionId, standing)));
	}

	private byte[] render(long institutionId, GradeManagement.Standing standing) {
		InstitutionView institution = this.registry.find(institutionId).orElseThrow();
		LocalDate validUntil = standing.validUntil();
		return new ChinesePdf("优秀职业技能鉴定评价机构").centred("重庆市人力资源和社会保障局", 16)
			.centred("优秀职业技能鉴定评价机构", 30)
			.centred(institution.name(), 20)
			.centred(standing.roundYear() + " 年度评估 · 有效期至 " + validUntil, 12)
			.image(QrCodes.png(publicPageOf(institution.creditCode()), 300), 120)
			.centred("扫码查验等级信息 · 统一社会信用代码 " + institution.creditCode(), 10)
			.toBytes();
	}

}
