"""An S3-compatible server on loopback for the object storage tests: moto's standalone server."""

import contextlib
import subprocess
import sys
import tempfile
import time
import urllib.request

from tests.support.servers import free_port

# moto accepts any keys; these sign the requests of the portal and of the tests.
ACCESS_KEY = "ckm-test-access-key"
SECRET_KEY = "ckm-test-secret-key"
REGION = "us-east-1"


@contextlib.contextmanager
def moto_s3(seconds=30):
    """Run ``python -m moto.server`` on a free port of 127.0.0.1 and yield its URL; stop it afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + seconds
            while True:
                try:
                    urllib.request.urlopen(url + "/moto-api/", timeout=2)
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        output.seek(0)
                        raise RuntimeError(f"moto did not start: {output.read()[-2000:]}") from None
                    time.sleep(0.2)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)
