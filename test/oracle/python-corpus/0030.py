# oracle: seed 30, open, raises RuntimeError at line 21
import random
import torch.nn

lstm_0 = torch.nn.LSTM(3, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
last_0 = torch.nn.Linear(3, 2)(out_0[-1])

y_1 = torch.randn(3, 1, 4)
layers_1 = [torch.nn.GRU(4, 6), torch.nn.GRU(6, 4), torch.nn.GRU(4, 7)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]
z_1 = torch.nn.Linear(7, 3)(y_1)

rnn_2 = torch.nn.LSTM(4, 4, 2)
x_2 = torch.randn(6, 3, 8)
hidden_2 = (torch.zeros(2, 4, 8), torch.randn((2, 3, 4)))
out_2, state_2 = rnn_2(x_2, hidden_2)
fc_2 = torch.nn.Linear(4, 2)
logits_2 = fc_2(out_2[-1])
