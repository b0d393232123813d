#!/usr/bin/env bash
# Generates the certificate fixtures of __tests__/certificate.test.ts with the openssl CLI (tested with OpenSSL 3.0).
# Every key here is a throw-away test key: the files are committed so that the tests need no openssl at run time.
# The "valid" certificates live 100 years so that the tests do not rot; expiring-soon.pem lives 10 days from the day it
# was generated, so its test passes `now` (loadCertificate's clock) relative to the certificate's own dates.
# Usage: scripts/make-test-certs.sh   (rewrites __tests__/fixtures/certs/*, keeps README.md)
set -euo pipefail

OUT="$(cd "$(dirname "$0")/.." && pwd)/__tests__/fixtures/certs"
PASSWORD='Test-Pfx-Passw0rd!'
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

DAYS_VALID=36500

new_key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }

# Self-signed certificate for a key, with an explicit validity window (openssl 3.0 has no -not_before on req/x509,
# so past and future windows go through `openssl ca -selfsign -startdate -enddate`).
self_signed_window() { # key out subject startdate enddate
  local key=$1 out=$2 subject=$3 start=$4 end=$5
  mkdir -p ca-db && : > ca-db/index.txt && echo 1000 > ca-db/serial
  cat > ca.cnf <<EOF
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = ca-db
database = ca-db/index.txt
serial = ca-db/serial
new_certs_dir = ca-db
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
EOF
  openssl req -new -key "$key" -subj "$subject" -out window.csr -config ca.cnf
  openssl ca -batch -selfsign -config ca.cnf -keyfile "$key" -in window.csr -out window.crt \
    -startdate "$start" -enddate "$end" -notext 2>/dev/null
  openssl x509 -in window.crt -out "$out"
  rm -rf ca-db window.csr window.crt ca.cnf
}

# 1. The main test key and its self-signed certificate.
new_key key.pem
openssl req -x509 -key key.pem -out cert.pem -days "$DAYS_VALID" -sha256 -subj '/CN=m365-action test certificate'
cp key.pem "$OUT/key.pem"
cp cert.pem "$OUT/cert.pem"
cat cert.pem key.pem > "$OUT/cert-and-key.pem"

# 2. PEM with an encrypted PKCS#8 key (-----BEGIN ENCRYPTED PRIVATE KEY-----, AES-256-CBC, PBKDF2).
openssl pkcs8 -topk8 -in key.pem -v2 aes-256-cbc -passout "pass:$PASSWORD" -out key-pkcs8-encrypted.pem
cat cert.pem key-pkcs8-encrypted.pem > "$OUT/cert-and-encrypted-key.pem"

# 3. PEM with a traditional encrypted RSA key (-----BEGIN RSA PRIVATE KEY----- with Proc-Type: 4,ENCRYPTED).
openssl rsa -in key.pem -traditional -aes256 -passout "pass:$PASSWORD" -out key-rsa-encrypted.pem 2>/dev/null
cat cert.pem key-rsa-encrypted.pem > "$OUT/cert-and-rsa-encrypted-key.pem"

# 4. PFX files of the same certificate and key.
# OpenSSL 3 defaults: AES-256-CBC, PBKDF2, SHA-256 MAC.
openssl pkcs12 -export -in cert.pem -inkey key.pem -passout "pass:$PASSWORD" -out "$OUT/openssl3.pfx"
# OpenSSL 1.x / -legacy: RC2-40 for certificates, 3DES for the key, SHA-1 MAC.
openssl pkcs12 -export -legacy -in cert.pem -inkey key.pem -passout "pass:$PASSWORD" -out "$OUT/legacy.pfx"
# What Windows exports (TripleDES-SHA1 for both bags, SHA-1 MAC).
openssl pkcs12 -export -in cert.pem -inkey key.pem -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 \
  -passout "pass:$PASSWORD" -out "$OUT/windows-3des.p12"
# Empty password (encrypted with the empty password, MAC present).
openssl pkcs12 -export -in cert.pem -inkey key.pem -passout pass: -out "$OUT/no-password.pfx"
# No encryption and no MAC at all.
openssl pkcs12 -export -in cert.pem -inkey key.pem -keypbe NONE -certpbe NONE -nomac -passout pass: \
  -out "$OUT/no-encryption.pfx"
# Certificate only, no private key.
openssl pkcs12 -export -in cert.pem -nokeys -passout "pass:$PASSWORD" -out "$OUT/cert-only.pfx"
# Base64 of the OpenSSL 3 PFX with line breaks every 64 characters, as `openssl base64` and many tools write it.
openssl base64 -in "$OUT/openssl3.pfx" -out "$OUT/openssl3.pfx.b64"

# 5. A second key: a certificate with a key that does not belong to it.
new_key other-key.pem
cp other-key.pem "$OUT/other-key.pem"
cat cert.pem other-key.pem > "$OUT/mismatch.pem"
# PEM without any private key.
cp cert.pem "$OUT/cert-only.pem"

# 6. A chain: a test CA and a leaf it signed. The PFX lists the CA first on purpose (the loader must pick the leaf
#    by its key); the PEM lists CA, then leaf, then key.
new_key ca-key.pem
openssl req -x509 -key ca-key.pem -out ca.pem -days "$DAYS_VALID" -sha256 -subj '/CN=m365-action test CA' \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
new_key leaf-key.pem
openssl req -new -key leaf-key.pem -subj '/CN=m365-action test leaf' -out leaf.csr
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca-key.pem -set_serial 4242 -days "$DAYS_VALID" -sha256 \
  -out leaf.pem 2>/dev/null
cp ca.pem "$OUT/chain-ca.pem"
cp leaf.pem "$OUT/chain-leaf.pem"
cat ca.pem leaf.pem leaf-key.pem > "$OUT/chain.pem"
cat ca.pem leaf.pem > ca-then-leaf.pem
openssl pkcs12 -export -in ca-then-leaf.pem -inkey leaf-key.pem -passout "pass:$PASSWORD" -out "$OUT/chain.pfx"

# 7. Validity windows: expired (2020), not yet valid (from 2090), expiring in 10 days from generation.
new_key window-key.pem
self_signed_window window-key.pem expired.crt '/CN=m365-action expired' 20200101000000Z 20210101000000Z
cat expired.crt window-key.pem > "$OUT/expired.pem"
self_signed_window window-key.pem future.crt '/CN=m365-action not yet valid' 20900101000000Z 20990101000000Z
cat future.crt window-key.pem > "$OUT/not-yet-valid.pem"
openssl req -x509 -key window-key.pem -out soon.crt -days 10 -sha256 -subj '/CN=m365-action expiring soon'
cat soon.crt window-key.pem > "$OUT/expiring-soon.pem"

# 8. Not a certificate at all.
printf 'this is not a certificate\n' > "$OUT/not-a-certificate.txt"

chmod 644 "$OUT"/*
echo "Fixtures written to $OUT (password: $PASSWORD)"
