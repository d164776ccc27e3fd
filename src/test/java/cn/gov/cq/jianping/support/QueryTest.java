package cn.gov.cq.jianping.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.gov.cq.jianping.system.EmbeddedDatabaseSliceConfiguration;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * A query test: the JPA slice on a throw-away embedded PostgreSQL migrated by Flyway,
 * without demo data; each test rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = { "jianping.embedded-db.temporary=true", "jianping.demo=false" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedDatabaseSliceConfiguration.class)
public @interface QueryTest {

}
