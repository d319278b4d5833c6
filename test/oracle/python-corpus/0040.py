# oracle: seed 40, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM, Linear, Module, RNN

rnn_0 = LSTM(8, 4, 2, batch_first=True, dropout=0.1, bidirectional=True)
x_0 = torch.zeros(2, 1, 8)
out_0, state_0 = rnn_0(x_0)
both_0 = torch.cat((state_0[0][-2], state_0[0][-1]), dim=1)
fc_0 = Linear(8, 2)
logits_0 = fc_0(both_0)

rnn_1 = RNN(2, 7, 3, True, False)
x_1 = torch.randn(4, 2)
hx_1 = torch.zeros(3, 7)
out_1, _ = rnn_1(x_1, hx_1)

class Model_2(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(5, 3, num_layers=1, bidirectional=True)
logits_2 = model_2.forward(torch.zeros(2, 1, 5)).detach()
