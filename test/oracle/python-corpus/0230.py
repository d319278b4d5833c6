# oracle: seed 230, closed, raises RuntimeError at line 7
import torch
from torch import nn

lstm_0 = nn.LSTM(3, 4, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 4, 3))
r_0_0 = out_0.transpose(0, 1).view(4, -1)
r_0_1 = torch.cat([h_0, c_0], dim=0)

cell_1 = nn.GRUCell(7, 7)
xs_1 = torch.randn(1, 2, 7)
h_1 = torch.zeros(2, 7)
outputs_1 = []
for t in range(1):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
head_1 = nn.Linear(7, 2)(h_1)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = nn.RNN(4, 9)
last_2_0 = encode_2(enc_2, torch.ones(4, 2, 4))
