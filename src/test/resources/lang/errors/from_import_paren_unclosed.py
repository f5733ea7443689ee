from os import (path,
