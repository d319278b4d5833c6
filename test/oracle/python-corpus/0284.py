# oracle: seed 284, closed, runs cleanly
import torch
import torch.nn as nn

y_0 = torch.randn(3, 2, 3)
stack_0 = nn.ModuleDict({"enc": nn.RNN(3, 5)})
y_0, _ = stack_0["enc"](y_0)
z_0 = nn.Linear(5, 3)(y_0)

rnn_1 = nn.RNN(5, 9, 2, bias=False, batch_first=True, nonlinearity='relu')
x_1 = torch.randn(1, 4, 5).float()
hidden_1 = torch.zeros(2, 1, 9)
out_1, _ = rnn_1(x_1, hidden_1)
fc_1 = nn.Linear(9, 5)
logits_1 = fc_1(out_1[-1:][-1])
