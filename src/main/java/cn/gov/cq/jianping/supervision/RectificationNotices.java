package cn.gov.cq.jianping.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.document.OfficialDocument;
import cn.gov.cq.jianping.document.OfficialDocuments;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.messaging.Audience;
import cn.gov.cq.jianping.messaging.Inbox;
import cn.gov.cq.jianping.messaging.MessageCategory;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.stereotype.Component;

/**
 * 整改通知书: a rectification order reaches the institution as a 公文 after GB/T 9704-2012 in
 * the ordering authority's name, with its own 发文字号, stating what to rectify and by when;
 * made once when the order is issued and stored with its SHA-256, and announced in the
 * institution's message centre (站内信).
 */
@Component
class RectificationNotices {

	/** The kind under which notices are stored and numbered. */
	static final String KIND = "RECTIFICATION_NOTICE";

	/** 发文字号 prefix of the city bureau's notices; a district's starts with its name. */
	static final String PREFIX = "渝人社评改";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

	private final DocumentNumbers numbers;

	private final IssuedDocuments documents;

	private final InstitutionRegistry registry;

	private final Inbox inbox;

	RectificationNotices(DocumentNumbers numbers, IssuedDocuments documents, InstitutionRegistry registry,
			Inbox inbox) {
		this.numbers = numbers;
		this.documents = documents;
		this.registry = registry;
		this.inbox = inbox;
	}

	/**
	 * 发文机关 of an order given by this user: a district office orders in its district
	 * bureau's name, everyone else (center, bureau, the system after a grade) in the city
	 * bureau's.
	 */
	static String authorityOf(CurrentUser user) {
		if (user.hasRole(Role.DISTRICT) && user.districtCode() != null) {
			return Districts.all().nameOf(user.districtCode()) + "人力资源和社会保障局";
		}
		return OfficialDocument.BUREAU;
	}

	/**
	 * The next 发文字号 of this authority in this year: the city bureau's 渝人社评改〔2026〕N号, a
	 * district's after its name (渝北人社评改〔2026〕N号), each its own sequence.
	 */
	String nextNumber(CurrentUser user, int year) {
		if (user.hasRole(Role.DISTRICT) && user.districtCode() != null) {
			String district = Districts.all().nameOf(user.districtCode());
			String shortName = district.length() > 2 && (district.endsWith("区") || district.endsWith("县"))
					? district.substring(0, district.length() - 1) : district;
			return this.numbers.next(KIND + "_" + user.districtCode(), shortName + "人社评改", year);
		}
		return this.numbers.next(KIND, PREFIX, year);
	}

	/**
	 * Issues the notice of a saved order and tells the institution, in the caller's
	 * transaction.
	 */
	void send(RectificationOrder order) {
		issue(order);
		this.inbox.deliver(Audience.institution(order.getInstitutionId()), MessageCategory.TODO, "限期整改通知",
				"整改事由：" + order.getReason() + "；整改期限 " + order.getDeadline() + "，请按期完成整改并提交整改报告。"
						+ (order.getDocumentNumber() == null ? "" : "整改通知书：" + order.getDocumentNumber() + "。"),
				"/supervision/rectifications/" + order.getId(), "rectification:" + order.getId());
	}

	/**
	 * The notice as issued; an order issued before notices were stored gets its own on
	 * first request, in the city bureau's name and without a number.
	 */
	IssuedDocuments.Issued issue(RectificationOrder order) {
		return this.documents.getOrIssue(KIND, order.getId(),
				() -> new IssuedDocuments.Draft("整改通知书-" + order.getId() + ".pdf", "application/pdf", render(order)));
	}

	private byte[] render(RectificationOrder order) {
		InstitutionView institution = this.registry.find(order.getInstitutionId()).orElseThrow();
		String authority = order.getIssuingAuthority() == null ? OfficialDocument.BUREAU : order.getIssuingAuthority();
		LocalDate issuedOn = order.getIssuedAt().atZone(TimeConfiguration.ZONE).toLocalDate();
		List<String> paragraphs = List.of("根据《重庆市职业技能鉴定评价机构评估暂行办法》（渝人社发〔2021〕33号）第十八条、第二十条，现责令你机构限期整改。",
				"整改事项：" + order.getReason(), "整改期限：自收到本通知之日起至" + DATE.format(order.getDeadline()) + "止。整改期间暂停评价活动。",
				"请你机构对照上述事项逐条整改，并于整改期限届满前通过鉴评系统提交整改报告，说明问题、整改措施和完成情况，由主管人力社保部门验收。",
				"限期内未按要求完成整改的，将依照上述规定给予降低机构评估等级、暂停评价活动、取消机构备案等处理。");
		return OfficialDocuments.standard()
			.render(new OfficialDocument(OfficialDocument.Kind.RECTIFICATION_NOTICE, authority,
					order.getDocumentNumber(), "关于责令" + institution.name() + "\n限期整改的通知",
					institution.name() + "（统一社会信用代码：" + institution.creditCode() + "）", paragraphs, null, issuedOn));
	}

}
