# oracle: seed 93, closed, runs cleanly
import torch
from torch import nn

rnn_0 = nn.LSTM(6, 7, proj_size=2)
x_0 = torch.randn(4, 4, 6)
batch_0 = x_0.size()[1]
h0_0 = torch.zeros(1, batch_0, 2)
c0_0 = torch.zeros(1, batch_0, 7)
out_0, (hn_0, cn_0) = rnn_0(x_0, (h0_0, c0_0))
assert out_0.dim() == 3

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_1, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_1 = torch.device("cpu")
model_1 = Model_1(6, 6, 2).to(device_1)
model_1.eval()
with torch.no_grad():
    logits_1 = model_1(torch.randn(2, 1, 6).to(device_1))
