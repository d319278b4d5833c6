# oracle: seed 61, open, runs cleanly
import random
import torch
from torch.nn import LSTM, Linear, ModuleDict, RNN

y_0 = torch.randn(3, 3, 6)
stack_0 = ModuleDict({"enc": RNN(6, 2)})
y_0, _ = stack_0["enc"](y_0)
y_0, _ = RNN(2, 3)(y_0)
z_0 = Linear(3, 3)(y_0)

lstm_1 = LSTM(7, 5)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 7))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 7))
last_1 = Linear(5, 2)(out_1[-1])

rnn_2 = LSTM(2, 3)
x_2 = torch.randn(2, 2)
hx_2 = (torch.zeros(1, 3), torch.zeros(1, 3))
out_2, _ = rnn_2(x_2, hx_2)
y_2 = out_2[-1].view(3)
