# oracle: seed 193, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

rnn_0 = LSTM(input_size=8, hidden_size=5)
x_0 = torch.randn(1, 8)
hx_0 = (torch.zeros(1, 5), torch.zeros(1, 5))
out_0, _ = rnn_0(x_0, hx_0)

def build_1():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(5, 6)

fake_1 = build_1()
y_1, _ = fake_1(torch.randn(2, 3, 10), torch.zeros(9, 9))

rnn_2 = GRU(input_size=9, hidden_size=7, num_layers=3, batch_first=False)
x_2 = torch.randn(5, 9)
hx_2 = torch.zeros(3, 7)
out_2, _ = rnn_2(x_2, hx_2)
