# oracle: seed 236, closed, runs cleanly
import torch
import torch.nn as nn
from torch.autograd import Variable

lstm_0 = nn.LSTM(3, 5, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 3, 3))
r_0_0 = out_0.transpose(0, 1).contiguous().view(3, -1)
r_0_1 = out_0[..., :4]
r_0_2 = torch.stack([h_0[-1], out_0[:, 0]], dim=0)
r_0_3 = torch.stack([h_0[-1], out_0[:, 0]], dim=0)
a_0, b_0 = out_0.chunk(2, dim=0)

y_1 = torch.randn(1, 1, 4)
layers_1 = [nn.RNN(4, 5), nn.RNN(5, 2)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]
z_1 = nn.Linear(2, 3)(y_1)

def build_2():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(3, 5)

fake_2 = build_2()
y_2, _ = fake_2(torch.randn(2, 3, 8), torch.zeros(9, 9))

rnn_3 = nn.LSTM(input_size=4, hidden_size=5, num_layers=1)
x_3 = Variable(torch.rand((1, 3, 4)))
out_3, state_3 = rnn_3(x_3)
fc_3 = nn.Linear(5, 5)
logits_3 = fc_3(out_3[-1])
