/**
 * A real Keycloak server on this machine, for the local run and the integration tests: the official
 * distribution from Maven Central, unpacked and built once under {@code ~/.maakmatch/keycloak/},
 * started with the realm file from {@code docker/keycloak/}, and stopped with the JVM that started
 * it. Plain Java (no libraries), so that the launcher's class path stays small.
 */
package nl.maakmatch.keycloak;
