# Builds the runnable jar inside the image, so `docker compose up` needs nothing but Docker.
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17.0.15_6-jre
RUN useradd --system --home /app mineral
WORKDIR /app
COPY --from=build /src/target/mineral-diligence.jar /app/mineral-diligence.jar
USER mineral
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/mineral-diligence.jar"]
