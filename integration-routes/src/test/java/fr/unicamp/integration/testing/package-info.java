/** Route-test harness: embedded FTP and SFTP servers on random loopback ports, one per test. */
package fr.unicamp.integration.testing;
