# oracle: seed 226, closed, runs cleanly
import torch
from torch.nn import LSTM, Linear, Module

class Model_0(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_0, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_0 = torch.device("cpu")
model_0 = Model_0(6, 8, 2, bidirectional=True).to(device_0)
model_0.eval()
with torch.no_grad():
    logits_0 = model_0(torch.rand(3, 5, 6).to(device_0))
probs_0 = logits_0.softmax(dim=-1)

rnn_1 = LSTM(6, 9, bias=False, batch_first=False)
x_1 = torch.zeros([4, 5, 6])
batch_1 = x_1.size(1)
h0_1 = torch.zeros(1, batch_1, 9)
c0_1 = torch.zeros(1, batch_1, 9)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))
assert out_1.dim() == 3
