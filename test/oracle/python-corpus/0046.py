# oracle: seed 46, open, raises RuntimeError at line 10
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(7, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 9))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 14))
last_0 = nn.Linear(3, 2)(out_0[-1])

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = nn.GRU(9, 7, batch_first=False)
last_1_0 = encode_1(enc_1, torch.randn([3, 2, 9]))

lstm_2 = nn.LSTM(3, 6, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 3))
r_2_0 = out_2.unsqueeze(-1).squeeze(1)
r_2_1 = torch.split(out_2, 4, dim=2)[0]
r_2_2 = torch.cat((out_2, out_2), dim=-1)
a_2, b_2 = out_2.chunk(2, dim=0)
