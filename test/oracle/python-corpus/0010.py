# oracle: seed 10, open, raises RuntimeError at line 8
import random
import torch
from torch.nn import LSTM, Linear, Module, RNNCell

lstm_0 = LSTM(3, 4, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
r_0_0 = out_0.reshape(-1, 5)
r_0_1 = h_0[-1].unsqueeze(0).expand(4, -1, -1)
r_0_2 = out_0.view(11, 4)
a_0, b_0 = out_0.chunk(2, dim=0)

cell_1 = RNNCell(2, 3)
xs_1 = torch.randn(3, 4, 2)
h_1 = torch.zeros(4, 3)
outputs_1 = []
for t in range(xs_1.size(0)):
    if t % 2 == 1:
        continue
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)

class Model_2(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(6, 7, 2, bidirectional=True)
logits_2 = model_2.forward(torch.randn(4, 1, 6)).detach()

lstm_3 = LSTM(3, 8)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 3))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 3))
last_3 = Linear(8, 2)(out_3[-1])
