# jianping application image: Java 17 runtime with Chinese fonts, so PDFs (决定书、回复函、牌匾)
# render instead of failing with 未找到中文字体: AR PL UMing (宋体-style) for 公文 bodies and titles
# as document.official.PdfFonts prefers it, WenQuanYi Zen Hei for everything else.
#   ./mvnw -DskipTests package && docker compose build
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-wqy-zenhei fonts-arphic-uming fontconfig \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app jianping
WORKDIR /app
COPY target/jianping-0.1.0-SNAPSHOT.jar /app/jianping.jar
USER jianping
ENV TZ=Asia/Shanghai \
    JIANPING_PDF_FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/jianping.jar"]
