package cn.gov.cq.jianping.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.shared.ClusterLock;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.shared.District;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo accounts (password {@value #PASSWORD}) and about 60 fictional
 * institutions, once. On by default with the embedded database; with an external one only
 * when {@code JIANPING_DEMO=true}; never under the {@code prod} profile
 * ({@link DemoMode}).
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String PASSWORD = "Demo#2026";

	static final String YUBEI = "500112";

	private static final String[] PREFIXES = { "职业技能评价中心", "职业培训学校", "技工学校", "职业技术学院", "技能人才评价有限公司", "人力资源服务有限公司",
			"职业技能鉴定所", "工业集团有限公司" };

	private static final String[] WORDS = { "嘉陵", "长江", "山城", "巴渝", "缙云", "歌乐", "南山", "朝天", "两江", "渝州", "金佛", "华蓥",
			"龙门", "鹅岭", "白帝", "武陵", "大巴", "仙女", "天生", "铁山" };

	private static final String[] OCCUPATIONS = { "电工（五级/四级/三级）", "焊工（五级/四级）", "中式烹调师（五级至三级）", "育婴员（五级/四级）",
			"保育师（五级/四级）", "汽车维修工（四级/三级）", "养老护理员（五级至三级）", "美容师（五级/四级）", "企业人力资源管理师（四级/三级）", "电子商务师（四级/三级）", "钳工（五级至二级）",
			"数控车工（四级至二级）" };

	private final Accounts accounts;

	private final InstitutionRegistry registry;

	private final Environment environment;

	private final Clock clock;

	private final DemoRound demoRound;

	private final ClusterLock lock;

	/** The account whose existence says the demo data is already loaded. */
	static final String LOADED_MARKER = "sysadmin";

	/** Key of the advisory lock under which one node loads the demo data. */
	static final long LOAD_LOCK_KEY = 2021_33_00L;

	DemoData(Accounts accounts, InstitutionRegistry registry, Environment environment, Clock clock, DemoRound demoRound,
			ClusterLock lock) {
		this.lock = lock;
		this.demoRound = demoRound;
		this.accounts = accounts;
		this.registry = registry;
		this.environment = environment;
		this.clock = clock;
	}

	boolean enabled() {
		return DemoMode.enabled(this.environment);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// Two nodes starting together: the one holding the lock loads, the other skips.
		if (!enabled() || !this.lock.tryLockForTransaction(LOAD_LOCK_KEY) || this.accounts.exists(LOADED_MARKER)) {
			return;
		}
		CurrentUser loader = new CurrentUser(0, "demo-data", "", "演示数据", Role.CENTER, null, null, false, true);
		int year = LocalDate.now(this.clock).getYear();
		List<InstitutionForm> forms = institutions(year);
		this.registry.createAll(loader, forms);
		long yubeiLevel = idOf(forms.get(0));
		long cityAppraisal = idOf(forms.get(1));
		account(LOADED_MARKER, "系统管理员", Role.SYSADMIN, null, null);
		account("secadmin", "安全管理员", Role.SECADMIN, null, null);
		account("auditor", "安全审计员", Role.AUDITOR, null, null);
		account("bureau", "市人力社保局 职业能力建设处", Role.BUREAU, null, null);
		account("center", "市职业技能鉴定指导中心", Role.CENTER, null, null);
		account("expert1", "王建国", Role.EXPERT, null, null);
		account("expert2", "李秀英", Role.EXPERT, null, null);
		account("expert3", "陈志强", Role.EXPERT, null, null);
		account("district", "渝北区人力社保局", Role.DISTRICT, null, YUBEI);
		account("institution", forms.get(0).name(), Role.INSTITUTION, yubeiLevel, null);
		account("institution2", forms.get(1).name(), Role.INSTITUTION, cityAppraisal, null);
		this.demoRound.load(yubeiLevel, cityAppraisal);
		log.info("已载入演示数据：{} 个机构，11 个演示账号（密码 {}）", forms.size(), PASSWORD);
	}

	private long idOf(InstitutionForm form) {
		return this.registry.all()
			.stream()
			.filter(i -> i.creditCode().equals(form.creditCode()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private void account(String username, String name, Role role, Long institutionId, String districtCode) {
		this.accounts.createDemo(new Accounts.NewAccount(username, PASSWORD, name, role, institutionId, districtCode));
	}

	/** Deterministic, so every fresh start shows the same registry. */
	static List<InstitutionForm> institutions(int year) {
		Random random = new Random(2021_33);
		List<District> districts = Districts.all().list();
		List<InstitutionForm> forms = new ArrayList<>();
		forms.add(form("重庆渝北嘉陵职业技能评价中心", InstitutionType.LEVEL, YUBEI, LocalDate.of(year - 3, 3, 18), 1, random));
		forms.add(form("重庆市山城职业技能鉴定所", InstitutionType.APPRAISAL, null, LocalDate.of(year - 4, 6, 1), 2, random));
		for (int i = 3; i <= 60; i++) {
			boolean appraisal = i % 4 == 0;
			String districtCode = appraisal ? null
					: (i % 5 == 0 ? YUBEI : districts.get(random.nextInt(districts.size())).code());
			String place = districtCode == null ? "重庆"
					: "重庆" + Districts.all().nameOf(districtCode).replaceAll("(区|县|自治县|新区|开区|经开区)$", "");
			String name = place + WORDS[i % WORDS.length] + PREFIXES[random.nextInt(PREFIXES.length)];
			if (appraisal) {
				name = "重庆市" + WORDS[i % WORDS.length] + "职业技能鉴定所（第" + i + "所）";
			}
			// 第八条: some are registered this year and stay out of this year's round by
			// default.
			LocalDate registeredOn = i % 7 == 0 ? LocalDate.of(year, 1 + random.nextInt(10), 1 + random.nextInt(28))
					: LocalDate.of(year - 1 - random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
			forms.add(form(name, appraisal ? InstitutionType.APPRAISAL : InstitutionType.LEVEL, districtCode,
					registeredOn, i, random));
		}
		return forms;
	}

	private static InstitutionForm form(String name, InstitutionType type, String districtCode, LocalDate registeredOn,
			int serial, Random random) {
		String area = districtCode != null && districtCode.matches("\\d{6}") ? districtCode : "500000";
		String body = "52" + area
				+ String.format("MJ%07d", serial * 7919 % 10_000_000).replace('0', 'A').substring(0, 9);
		body = body.substring(0, 17)
			.replace('I', 'J')
			.replace('O', 'P')
			.replace('Z', 'Y')
			.replace('S', 'T')
			.replace('V', 'W');
		String creditCode = body + CreditCode.checkCharacter(body);
		String prefix = type == InstitutionType.APPRAISAL ? "渝人社鉴备" : "渝人社评备";
		String registrationNumber = prefix + "〔" + registeredOn.getYear() + "〕" + String.format("%03d", serial) + "号";
		String occupations = OCCUPATIONS[serial % OCCUPATIONS.length] + "；"
				+ OCCUPATIONS[(serial + 5) % OCCUPATIONS.length];
		String site = (districtCode == null ? "重庆市渝中区" : "重庆市" + Districts.all().nameOf(districtCode)) + "示范路"
				+ (10 + serial) + "号";
		String phone = "13" + String.format("%09d", 100_000_000L + serial * 7_654_321L % 900_000_000L);
		String[] surnames = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴" };
		String contact = surnames[serial % surnames.length] + (serial % 2 == 0 ? "老师" : "主任");
		return new InstitutionForm(name, creditCode, type, districtCode == null ? InstitutionForm.CITY : districtCode,
				registrationNumber, registeredOn, registeredOn.plusYears(3 + random.nextInt(3)).minusDays(1),
				occupations, site, contact, phone, null);
	}

}
