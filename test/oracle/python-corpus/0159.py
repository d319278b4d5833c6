# oracle: seed 159, closed, raises ValueError at line 5
import torch
from torch import nn

layer_0 = nn.GRU(5, 7, proj_size=1)
