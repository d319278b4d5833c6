# oracle: seed 117, open, raises RuntimeError at line 35
import random
import torch
from torch import nn

y_0 = torch.randn(4, 2, 3)
stack_0 = nn.ModuleDict({"enc": nn.GRU(3, 5)})
y_0, _ = stack_0["enc"](y_0)
y_0, _ = nn.GRU(5, 7)(y_0)
z_0 = nn.Linear(7, 3)(y_0)

layer_1 = nn.RNN(6, 2, nonlinearity='relu')

lstm_2 = nn.LSTM(3, 6, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(2, 4, 3))
r_2_0 = torch.cat([h_2, c_2], dim=-1)
r_2_1 = c_2.repeat(1, 1, 2)
r_2_2 = torch.stack([h_2[-1], out_2[0]], dim=0)

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = nn.GRU(5, 4)
last_3_0 = encode_3(enc_3, torch.zeros((1, 1, 5)), h0=torch.zeros(1, 1, 4))

lstm_4 = nn.LSTM(6, 8)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 6))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 6))
last_4 = nn.Linear(9, 2)(out_4[-1])
