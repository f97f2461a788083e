"""An S3-compatible server on loopback for the object storage tests: moto's standalone server."""

import contextlib
import subprocess
import sys
import tempfile

from tests.support.servers import free_port, wait_until_answers

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
            wait_until_answers(url + "/moto-api/", process, output, "moto", seconds)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)
