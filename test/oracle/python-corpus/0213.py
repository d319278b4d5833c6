# oracle: seed 213, open, runs cleanly
import random
import torch
from torch import nn

lstm_0 = nn.LSTM(6, 2)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 6))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 6))
last_0 = nn.Linear(2, 2)(out_0[-1])

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = nn.GRU(input_size=8, hidden_size=3, num_layers=1)
last_1_0 = encode_1(enc_1, torch.zeros(3, 3, 8), h0=torch.zeros(1, 3, 3))

def build_2():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(7, 6)

fake_2 = build_2()
y_2, _ = fake_2(torch.randn(2, 3, 12), torch.zeros(9, 9))

gru_3 = nn.GRU(3, 4)
x_3 = torch.randn(3, 3)
cell_3 = nn.GRUCell(3, 4)
if x_3.dim() == 3:
    out_3, _ = gru_3(x_3)
else:
    out_3 = cell_3(x_3)
