# oracle: seed 214, closed, runs cleanly
import torch
from torch import nn

config_0 = {"input_size": 7, "hidden_size": 2, "num_layers": 1}
rnn_0 = nn.GRU(**config_0)
out_0, h_0 = rnn_0(torch.randn(3, 2, config_0["input_size"]))

rnn_1 = nn.RNN(8, 5, num_layers=1, batch_first=False, bidirectional=True)
x_1 = torch.rand(1, 4, 8)
hidden_1 = torch.randn(2, 4, 5)
out_1, h_1 = rnn_1(x_1, hidden_1)
n_1 = out_1.size(0) * out_1.dim()

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_2 = torch.device("cpu")
model_2 = Model_2(4, 2, 2, bidirectional=True).to(device_2)
model_2.eval()
with torch.no_grad():
    logits_2 = model_2(torch.rand(2, 2, 4).to(device_2))
