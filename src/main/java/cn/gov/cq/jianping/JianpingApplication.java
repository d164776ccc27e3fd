package cn.gov.cq.jianping;

import java.util.TimeZone;

import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 鉴评: evaluation of Chongqing's vocational-skill appraisal and evaluation institutions
 * under 渝人社发〔2021〕33号.
 */
@SpringBootApplication
@EnableScheduling
public class JianpingApplication {

	/** Deadlines in the measures are Beijing time; the whole process reads time there. */

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(TimeConfiguration.ZONE_ID));
		SpringApplication.run(JianpingApplication.class, args);
	}

}
