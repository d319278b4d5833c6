# oracle: seed 123, open, raises RuntimeError at line 11
import random
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(8, 5, num_layers=3, bidirectional=False)
last_0_0 = encode_0(enc_0, torch.ones(3, 2, 8), h0=torch.zeros(2, 2, 5))

cell_1 = GRUCell(8, 6)
xs_1 = torch.randn(1, 4, 8)
h_1 = torch.zeros(4, 6)
outputs_1 = []
for t in range(len(xs_1)):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
head_1 = nn.Linear(6, 2)(h_1)

lstm_2 = LSTM(7, 8)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 7))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 7))
last_2 = nn.Linear(8, 2)(out_2[-1])
