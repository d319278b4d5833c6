# oracle: seed 166, closed, raises RuntimeError at line 24
import torch
import torch.nn as nn
from torch.nn import GRU, LSTMCell

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(8, 8, 1, True, False, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.rand((3, 1, 8)))

cell_1 = LSTMCell(6, 7)
xs_1 = torch.randn(1, 4, 6)
h_1 = torch.zeros(4, 7)
c_1 = torch.zeros(4, 8)
outputs_1 = []
for t in range(1):
    if t % 2 == 1:
        continue
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    if t == 1:
        h_1 = torch.zeros(4, 8)
    outputs_1.append(h_1)
