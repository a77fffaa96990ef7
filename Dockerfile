# The ipgraph application image. Build the jar first: ./mvnw -DskipTests package
FROM eclipse-temurin:25-jre
RUN useradd --system --home /app ipgraph
WORKDIR /app
COPY target/ipgraph.jar /app/ipgraph.jar
USER ipgraph
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", \
            "-jar", "/app/ipgraph.jar"]
CMD ["serve"]
